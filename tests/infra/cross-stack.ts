import type { Template } from 'aws-cdk-lib/assertions';

// cdk.json asks for weak cross-stack references: a consumer reads the producer's
// output with Fn::GetStackOutput. These helpers follow such a reference back to
// the producing template, so a test can say which resource a value points at.

interface StackOutputReference {
  'Fn::GetStackOutput': { StackName: string; OutputName: string };
}

const isStackOutputReference = (value: unknown): value is StackOutputReference =>
  typeof value === 'object' && value !== null && 'Fn::GetStackOutput' in value;

/** The value the producer publishes under the output that `reference` reads; a local value as is. */
export function producedValue(reference: unknown, producer: Template): unknown {
  if (!isStackOutputReference(reference)) return reference;
  const outputs = producer.toJSON().Outputs as Record<string, { Value: unknown }>;
  return outputs[reference['Fn::GetStackOutput'].OutputName]?.Value;
}

/** The logical id of the producer's single resource of a type. */
export function logicalIdOf(producer: Template, type: string): string {
  const ids = Object.keys(producer.findResources(type));
  if (ids.length !== 1) throw new Error(`Expected one ${type}, found ${ids.length}`);
  return ids[0]!;
}

/** `value` with every reference to the producer's outputs, however deep, replaced by what it publishes. */
export function resolvedFrom(value: unknown, producer: Template): unknown {
  if (isStackOutputReference(value)) {
    const outputs = producer.toJSON().Outputs as Record<string, { Value: unknown }>;
    const output = outputs[value['Fn::GetStackOutput'].OutputName];
    return output ? output.Value : value;
  }
  if (Array.isArray(value)) return value.map((item) => resolvedFrom(item, producer));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, resolvedFrom(item, producer)]),
    );
  }
  return value;
}
