import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Debian's EPUBCheck (`apt-get install epubcheck`). Its `/usr/bin/epubcheck` is the jar itself,
 * run through binfmt_misc, which containers often lack: the jar is run with `java -jar`.
 */
export const EPUBCHECK_JAR = process.env.EPUBCHECK_JAR ?? '/usr/share/java/epubcheck.jar';

/** One message of EPUBCheck: its severity (FATAL, ERROR, WARNING, USAGE, INFO), id and where. */
export interface EpubMessage {
  severity: string;
  id: string;
  message: string;
  locations: string[];
}

interface Report {
  messages: { severity: string; ID: string; message: string; locations: { path: string; line: number }[] }[];
  checker: { nFatal: number; nError: number; nWarning: number };
}

/** What EPUBCheck found in a book: how many fatal errors, errors and warnings, and those messages. */
export interface EpubReport {
  fatals: number;
  errors: number;
  warnings: number;
  messages: EpubMessage[];
}

/** Runs EPUBCheck on `book`. */
export async function epubcheck(book: string): Promise<EpubReport> {
  if (!existsSync(EPUBCHECK_JAR)) {
    throw new Error(`${EPUBCHECK_JAR} is missing: install Debian's epubcheck (apt-get install epubcheck)`);
  }
  const folder = await mkdtemp(join(tmpdir(), 'hamish-epubcheck-'));
  const out = join(folder, 'report.json');
  try {
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn('java', ['-jar', EPUBCHECK_JAR, book, '--json', out], { stdio: ['ignore', 'pipe', 'pipe'] });
      let text = '';
      child.stdout.on('data', (chunk) => (text += chunk));
      child.stderr.on('data', (chunk) => (text += chunk));
      child.on('error', reject);
      child.on('close', () => resolve(text));
    });
    const report = JSON.parse(await readFile(out, 'utf8').catch(() => 'null')) as Report | null;
    if (!report) throw new Error(`EPUBCheck wrote no report for ${book}:\n${output}`);
    const messages = report.messages
      .filter((m) => ['FATAL', 'ERROR', 'WARNING'].includes(m.severity))
      .map((m) => ({
        severity: m.severity,
        id: m.ID,
        message: m.message,
        locations: m.locations.map((l) => `${l.path}:${l.line}`),
      }));
    const { nFatal: fatals, nError: errors, nWarning: warnings } = report.checker;
    return { fatals, errors, warnings, messages };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
