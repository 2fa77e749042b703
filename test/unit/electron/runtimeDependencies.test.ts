import { readdirSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The packaged app (asar) carries package.json's `dependencies` and nothing else: main loads them at
// run time (electron-vite leaves them out of its bundle), while the renderer and the preload are
// bundled whole. So `dependencies` must be exactly what the host code imports.
const ROOT = join(import.meta.dirname, '../../..');
const HOST = join(ROOT, 'electron');
// The Chromium shell runs from the source tree under tsx (development and tests); it is not packaged.
const NOT_PACKAGED = [join(HOST, 'shell')];

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return NOT_PACKAGED.includes(path) ? [] : sourceFiles(path);
    return /\.(ts|tsx|js|mjs|cjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The module specifiers a file loads when it runs: type-only imports vanish in the build. */
function runtimeSpecifiers(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isImportDeclaration(node) &&
      !node.importClause?.isTypeOnly &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push(node.moduleSpecifier.text);
    } else if (
      ts.isExportDeclaration(node) &&
      !node.isTypeOnly &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === 'require')) &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** 'zod' → 'zod', '@scope/name/sub' → '@scope/name', './x' and 'node:fs' → null. */
function packageName(specifier: string): string | null {
  if (specifier.startsWith('.') || specifier.startsWith('/') || isBuiltin(specifier)) return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? null);
}

/** Each package the packaged host code imports, with the files that import it. */
function hostImports(): Map<string, string[]> {
  const byPackage = new Map<string, string[]>();
  for (const file of sourceFiles(HOST)) {
    for (const name of runtimeSpecifiers(file).map(packageName)) {
      if (name === null) continue;
      byPackage.set(name, [
        ...(byPackage.get(name) ?? []),
        relative(ROOT, file).split(sep).join('/'),
      ]);
    }
  }
  return byPackage;
}

describe('package.json dependencies (what the packaged app carries)', () => {
  const imported = hostImports();
  const listed = Object.keys(pkg.dependencies ?? {});

  it('lists no dependency that the host code (electron/) does not import', () => {
    // A library only the renderer uses is bundled by Vite: it belongs in devDependencies.
    expect(listed.filter((name) => !imported.has(name))).toEqual([]);
  });

  it('lists every package the host code imports, except Electron itself', () => {
    const missing = [...imported.entries()]
      .filter(([name]) => name !== 'electron' && !listed.includes(name))
      .map(([name, files]) => `${name} (${files.join(', ')})`);
    expect(missing).toEqual([]);
  });

  it('keeps electron a devDependency, as electron-builder requires', () => {
    expect(listed).not.toContain('electron');
    expect(Object.keys(pkg.devDependencies ?? {})).toContain('electron');
  });
});
