// DESIGN.md (Data): no Scan anywhere; every list is a Query. This walks every source
// file in the repository (new files are covered without listing them) and fails,
// naming the file and line, on any way to Scan or to run PartiQL.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

/** The one file allowed to Scan: the test-only table snapshot (DynamoDB Local only). */
const allowed = new Set(['tests/integration/support/table-snapshot.ts']);

const skippedDirectories = new Set([
  'node_modules',
  '.git',
  'cdk.out',
  'dist',
  'coverage',
  'test-results',
  'playwright-report',
  '.data',
]);
const sourceFile = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;

/** Every source file under the repository root, as a path relative to it. */
function sourceFiles(directory = root): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return skippedDirectories.has(entry.name) ? [] : sourceFiles(path);
    return entry.isFile() && sourceFile.test(entry.name) && !entry.name.endsWith('.d.ts')
      ? [relative(root, path).split('\\').join('/')]
      : [];
  });
}

// Commands and paginators of @aws-sdk/client-dynamodb and @aws-sdk/lib-dynamodb that read
// a whole table or run PartiQL (ExecuteStatement can SELECT without a key).
const forbiddenIdentifier =
  /^(Scan|ExecuteStatement|BatchExecuteStatement|ExecuteTransaction)Command(Input|Output)?$|^paginateScan$/;
// The same operations as methods of the aggregated clients (new DynamoDB().scan(...), DynamoDBDocument).
const forbiddenMethod = new Set(['scan', 'executeStatement', 'batchExecuteStatement', 'executeTransaction']);
// Upper case, as PartiQL is written; UI text such as "Select a sector from …" is not code.
const partiqlSelect = /^\s*SELECT\s[\s\S]*\sFROM\s/;
const dynamoModule = /^@aws-sdk\/(client-dynamodb|lib-dynamodb)$/;

interface Finding {
  file: string;
  line: number;
  what: string;
}

/** The forbidden uses in one source text. */
function findScans(file: string, text: string): Finding[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const findings: Finding[] = [];
  const report = (node: ts.Node, what: string) =>
    findings.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, what });
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && forbiddenIdentifier.test(node.text)) {
      report(node, node.text);
    } else if (ts.isPropertyAccessExpression(node) && forbiddenMethod.has(node.name.text)) {
      // Only calls: `.scan(`, `.executeStatement(`.
      if (ts.isCallExpression(node.parent) && node.parent.expression === node)
        report(node, `.${node.name.text}()`);
    } else if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) {
      const name = node.argumentExpression.text;
      if (forbiddenIdentifier.test(name) || forbiddenMethod.has(name))
        report(node, `[${JSON.stringify(name)}]`);
    } else if (
      (ts.isStringLiteralLike(node) || ts.isTemplateExpression(node)) &&
      partiqlSelect.test(node.getText(source).slice(1, -1))
    ) {
      report(node, 'PartiQL SELECT');
    } else if (
      ts.isImportDeclaration(node) &&
      ts.isStringLiteral(node.moduleSpecifier) &&
      dynamoModule.test(node.moduleSpecifier.text) &&
      node.importClause?.namedBindings &&
      ts.isNamespaceImport(node.importClause.namedBindings)
    ) {
      // `import * as dynamo` would let `dynamo[name]` reach ScanCommand unseen.
      report(node, `import * from ${node.moduleSpecifier.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

describe('no Scan or PartiQL anywhere in the repository (DESIGN.md, Data)', () => {
  it('finds none in any source file except the test-only table snapshot', () => {
    const files = sourceFiles();
    // The walk reaches every tier, so a new file anywhere is checked.
    for (const folder of ['functions/', 'shared/', 'infra/', 'web/', 'tests/']) {
      expect(
        files.some((file) => file.startsWith(folder)),
        folder,
      ).toBe(true);
    }
    expect(files).toContain('tests/unit/no-scan.test.ts');
    const findings = files
      .filter((file) => !allowed.has(file) && file !== 'tests/unit/no-scan.test.ts')
      .flatMap((file) => findScans(file, readFileSync(join(root, file), 'utf8')));
    expect(findings.map((f) => `${f.file}:${f.line} ${f.what}`)).toEqual([]);
  });

  it('allows only a file that exists and does Scan (the allowance cannot go stale)', () => {
    for (const file of allowed) {
      expect(findScans(file, readFileSync(join(root, file), 'utf8')).length, file).toBeGreaterThan(0);
    }
  });

  // This file itself is left out of the walk above: its examples below must contain what it forbids.
  describe('the checker fails on', () => {
    const cases: [string, string][] = [
      ['an import of ScanCommand', "import { ScanCommand } from '@aws-sdk/lib-dynamodb';"],
      ['an aliased import', "import { ScanCommand as S } from '@aws-sdk/client-dynamodb';\nnew S({});"],
      ['a dynamic import', "const { ScanCommand } = await import('@aws-sdk/client-dynamodb');"],
      ['a require', "const { paginateScan } = require('@aws-sdk/client-dynamodb');"],
      ['paginateScan', "import { paginateScan } from '@aws-sdk/client-dynamodb';"],
      ['the aggregated client’s scan()', 'await new DynamoDB({}).scan({ TableName: "t" });'],
      ['the document client’s scan()', 'await documents.scan({ TableName: table });'],
      ['a namespace import of the SDK', "import * as dynamo from '@aws-sdk/client-dynamodb';"],
      ['an element access', "const Command = sdk['ScanCommand'];"],
      ['ExecuteStatement', "import { ExecuteStatementCommand } from '@aws-sdk/lib-dynamodb';"],
      ['a PartiQL SELECT', 'const statement = `SELECT * FROM "bryggan" WHERE begins_with(pk, ?)`;'],
    ];
    it.each(cases)('%s', (_name, text) => {
      expect(findScans('example.ts', text)).not.toEqual([]);
    });
  });

  describe('the checker passes', () => {
    const cases: [string, string][] = [
      ['a Query', "import { QueryCommand } from '@aws-sdk/lib-dynamodb';"],
      ['a comment about Scan', '// No ScanCommand here: every list is a Query.'],
      ['an IAM action name', "expect(action).not.toBe('dynamodb:Scan');"],
      ['the command name a middleware compares', "if (context.commandName === 'ScanCommand') throw error;"],
      ['a word like scanning', "const task = 'scanning_archiving';"],
      ['UI text with select', "const label = 'Select a sector from the list';"],
    ];
    it.each(cases)('%s', (_name, text) => {
      expect(findScans('example.ts', text)).toEqual([]);
    });
  });
});
