/**
 * The package manifest says what the code needs: every package the code imports is declared, every
 * declared package is used, and what the site's build needs is a dependency while what only tests,
 * benchmarks and tooling need is a devDependency.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  scripts: Record<string, string>;
};

/** Packages used as programs or implicitly rather than imported, and where that use is. */
const TOOLS: Record<string, string> = {
  // npm scripts run on the Node this package brings, whatever Node the machine has.
  node: 'puts Node 24 first on the PATH of npm scripts',
  typescript: 'type checking (npm run typecheck, and Astro)',
  '@astrojs/check': 'npm run typecheck (astro check)',
  vitest: 'npm test',
  eslint: 'npm run lint',
  prettier: 'npm run lint (prettier --check) and npm run format',
  // Prettier loads its plugins by the names in .prettierrc.json.
  'prettier-plugin-astro': '.prettierrc.json',
};

const SOURCE = /\.(ts|mjs|astro|css)$/;
const SKIP = new Set(['node_modules', 'dist', '.hamish', '.astro', '.git', 'test-results', 'fixtures', 'bare']);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIP.has(entry.name)) return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path) : SOURCE.test(entry.name) ? [path] : [];
  });
}

/** The module specifiers a file imports: static, dynamic, re-exports, `require.resolve`, CSS `@import` and `url()`. */
function specifiers(text: string): string[] {
  return [
    ...text.matchAll(/(?:^|[\s;{}])(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g),
    ...text.matchAll(/(?:^|[\s;])import\s*['"]([^'"]+)['"]/g),
    ...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
    ...text.matchAll(/\.resolve\(\s*['"]([^'"./][^'"]*)['"]\s*\)/g),
    ...text.matchAll(/@import\s+['"]([^'"]+)['"]/g),
    ...text.matchAll(/url\(\s*['"]?(@[^'")]+)['"]?\s*\)/g),
  ].map((match) => match[1]);
}

/** The package a bare specifier names (`@scope/name` or `name`), or undefined for files, built-ins and virtual modules. */
function packageOf(spec: string): string | undefined {
  if (/^[./]/.test(spec) || /^(node|astro|virtual):/.test(spec) || builtinModules.includes(spec)) return undefined;
  const parts = spec.split('/');
  const name = spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  // Type-only packages (`import type { Root } from 'hast'`) come from DefinitelyTyped.
  return TYPES_ONLY.has(name) ? `@types/${name}` : name;
}

const TYPES_ONLY = new Set(['hast', 'mdast', 'unist']);

/** The file a relative specifier of `from` names, trying the endings the project's imports leave out. */
function resolveLocal(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec.split('?')[0]);
  return [base, `${base}.ts`, join(base, 'index.ts')].find((path) => existsSync(path) && statSync(path).isFile());
}

/**
 * Where each package is imported: by the site's build (everything Astro loads, followed from the
 * config, the pages and the content config through their imports), or only by tests, benchmarks
 * and the command-line tools.
 */
function usage(): { build: Set<string>; other: Set<string> } {
  const all = [
    ...['src', 'tests', 'bench'].flatMap((dir) => files(join(ROOT, dir))),
    join(ROOT, 'astro.config.mjs'),
    join(ROOT, 'vitest.config.ts'),
    join(ROOT, 'eslint.config.js'),
  ];
  const entryPoints = all.filter((file) => {
    const path = relative(ROOT, file);
    return (
      path === 'astro.config.mjs' ||
      path === 'src/content.config.ts' ||
      (path.startsWith('src/pages/') && !path.endsWith('.test.ts'))
    );
  });
  const reached = new Set<string>();
  const queue = [...entryPoints];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (reached.has(file)) continue;
    reached.add(file);
    for (const spec of specifiers(readFileSync(file, 'utf8'))) {
      const local = packageOf(spec) === undefined && /^[./]/.test(spec) ? resolveLocal(file, spec) : undefined;
      if (local && SOURCE.test(local)) queue.push(local);
    }
  }
  const build = new Set<string>();
  const other = new Set<string>();
  for (const file of all) {
    for (const spec of specifiers(readFileSync(file, 'utf8'))) {
      const name = packageOf(spec);
      if (name) (reached.has(file) ? build : other).add(name);
    }
  }
  return { build, other };
}

const { build, other } = usage();
const declared = { ...manifest.dependencies, ...manifest.devDependencies };

test('every package the code imports is declared', () => {
  const missing = [...build, ...other].filter((name) => !(name in declared));
  expect(missing).toEqual([]);
});

test('every declared package is imported, or is a tool an npm script runs', () => {
  const imported = (name: string) =>
    build.has(name) ||
    other.has(name) ||
    other.has(name.replace(/^@types\//, '')) ||
    build.has(name.replace(/^@types\//, ''));
  const unused = Object.keys(declared).filter((name) => !imported(name) && !(name in TOOLS) && name !== '@types/node');
  expect(unused).toEqual([]);
});

test('what the site build imports is a dependency; what only tests and tools import is a devDependency', () => {
  const shouldBeDependencies = [...build].filter(
    (name) => !(name in manifest.dependencies) && !name.startsWith('@types/'),
  );
  const shouldBeDev = Object.keys(manifest.dependencies).filter((name) => !build.has(name));
  expect({ shouldBeDependencies, shouldBeDev }).toEqual({ shouldBeDependencies: [], shouldBeDev: [] });
});

test('the tools kept without an import are used by a script', () => {
  const scripts = Object.values(manifest.scripts).join('\n');
  expect(scripts).toMatch(/\bastro check\b/);
  expect(scripts).toMatch(/\bvitest\b/);
  expect(scripts).toMatch(/\beslint\b/);
  expect(scripts).toMatch(/\bprettier --check\b/);
  const prettierrc = JSON.parse(readFileSync(join(ROOT, '.prettierrc.json'), 'utf8')) as { plugins: string[] };
  expect(prettierrc.plugins).toContain('prettier-plugin-astro');
});
