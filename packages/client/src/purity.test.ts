import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/*
 * @batchpay/client is framework-free: no React, no Node built-ins, no server code. Its sources import only
 * @batchpay/core and each other (comments and strings do not count).
 */
const srcDir = new URL('./', import.meta.url);
const sources = readdirSync(srcDir)
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
  .sort();
const allowed = (specifier: string) => specifier.startsWith('./') || specifier === '@batchpay/core';

function imports(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push(node.moduleSpecifier.text);
    }
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) found.push('import()');
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('purity of @batchpay/client', () => {
  it('finds the package sources', () => {
    expect(sources).toEqual(expect.arrayContaining(['index.ts', 'checkoutReducer.ts', 'createCheckoutClient.ts']));
  });

  it.each(sources)('%s imports only @batchpay/core and its siblings', (name) => {
    const text = readFileSync(new URL(name, srcDir), 'utf8');
    expect(imports(name, text).filter((s) => !allowed(s))).toEqual([]);
  });

  it('the check catches React, Node and server imports', () => {
    for (const line of [
      "import { useState } from 'react';",
      "import fs from 'node:fs';",
      "export * from '@batchpay/server';",
    ]) {
      expect(
        imports('bad.ts', line).filter((s) => !allowed(s)),
        line,
      ).not.toEqual([]);
    }
  });
});
