import { mkdirSync, writeFileSync } from 'node:fs';
import { arch, cpus, totalmem } from 'node:os';

// One figure per line: what was measured, its value, and where there is one the target
// and the ratio the target is about. A missed target is printed, never a failure.

export interface Figure {
  section: string;
  name: string;
  value: number;
  unit: string;
  /** What the ratio divides by, e.g. the floor bundle's size. */
  baseline?: { name: string; value: number };
  /** The bound (on the ratio when there is a baseline, else on the value); met when at or below it. */
  target?: { at: number; on: 'value' | 'ratio'; strict?: boolean };
  note?: string;
}

export class Report {
  readonly figures: Figure[] = [];
  readonly failures: string[] = [];

  add(figure: Figure): void {
    this.figures.push(figure);
  }

  failed(section: string, error: unknown): void {
    this.failures.push(
      `${section}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
  }

  print(): void {
    const rows = this.figures.map((figure) => {
      const ratio = figure.baseline ? figure.value / figure.baseline.value : undefined;
      const checked = figure.target?.on === 'ratio' ? ratio : figure.value;
      const met =
        figure.target && checked !== undefined
          ? figure.target.strict
            ? checked < figure.target.at
            : checked <= figure.target.at
          : undefined;
      return {
        section: figure.section,
        figure: figure.name,
        value: `${format(figure.value)} ${figure.unit}`,
        baseline: figure.baseline ? `${figure.baseline.name} ${format(figure.baseline.value)}` : '',
        ratio: ratio === undefined ? '' : `${ratio.toFixed(2)}×`,
        target: figure.target
          ? `${figure.target.strict ? '<' : '≤'} ${figure.target.at}${figure.target.on === 'ratio' ? '×' : ` ${figure.unit}`}`
          : '',
        met: met === undefined ? '' : met ? 'yes' : 'NO',
        note: figure.note ?? '',
      };
    });
    const columns = ['section', 'figure', 'value', 'baseline', 'ratio', 'target', 'met', 'note'] as const;
    const widths = columns.map((column) => Math.max(column.length, ...rows.map((row) => row[column].length)));
    const line = (cells: readonly string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ');
    console.log(line(columns));
    console.log(widths.map((width) => '-'.repeat(width)).join('-|-'));
    for (const row of rows) console.log(line(columns.map((column) => row[column])));
    for (const failure of this.failures) console.log(`could not measure ${failure}`);
  }

  write(file: string, extra: Record<string, unknown>): void {
    mkdirSync(new URL('.', `file://${file}`).pathname, { recursive: true });
    const machine = {
      cpus: cpus().length,
      cpu: cpus()[0]?.model,
      memoryGiB: totalmem() / 2 ** 30,
      arch: arch(),
    };
    writeFileSync(
      file,
      `${JSON.stringify({ at: new Date().toISOString(), node: process.version, machine, figures: this.figures, failures: this.failures, ...extra }, null, 2)}\n`,
    );
  }
}

function format(value: number): string {
  if (Number.isInteger(value)) return value.toLocaleString('en');
  return value < 10 ? value.toFixed(2) : value.toFixed(1);
}
