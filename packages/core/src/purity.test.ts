// biome-ignore lint/correctness/noNodejsModules: the test reads the package's own sources.
import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/*
 * @batchpay/core runs in browsers, on Node and on edge runtimes: no React, no DOM, no Node built-ins, no I/O.
 * Every non-test source file is parsed (comments and strings do not count) and its imports and free identifiers
 * are checked.
 */

const srcDir = new URL('./', import.meta.url);
const sources = readdirSync(srcDir, { recursive: true, encoding: 'utf8' })
  .filter((name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith('.d.ts'))
  .sort();

const allowedPackages = new Set(['valibot']);
const forbiddenIdentifiers = new Set(['window', 'document', 'process', 'Buffer', 'fetch', 'require', 'globalThis']);

interface Finding {
  file: string;
  problem: string;
}

function isAllowedSpecifier(specifier: string): boolean {
  if (specifier.startsWith('./') || specifier.startsWith('../')) return true;
  return allowedPackages.has(specifier) || [...allowedPackages].some((p) => specifier.startsWith(`${p}/`));
}

/** Imports that are not ours or valibot's, and uses of the forbidden globals, in one source text. */
function findImpurities(file: string, text: string): Finding[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const findings: Finding[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier) &&
      !isAllowedSpecifier(node.moduleSpecifier.text)
    ) {
      findings.push({ file, problem: `imports "${node.moduleSpecifier.text}"` });
    }
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      findings.push({ file, problem: 'uses a dynamic import()' });
    }
    if (ts.isImportEqualsDeclaration(node)) findings.push({ file, problem: 'uses import = require()' });
    if (ts.isIdentifier(node) && forbiddenIdentifiers.has(node.text)) {
      const parent = node.parent;
      // `x.fetch` or `{ fetch: 1 }` name a property, not the global.
      const isPropertyName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        (ts.isPropertyAssignment(parent) && parent.name === node) ||
        (ts.isPropertySignature(parent) && parent.name === node) ||
        (ts.isMethodSignature(parent) && parent.name === node);
      if (!isPropertyName) findings.push({ file, problem: `uses the identifier ${node.text}` });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

describe('purity of @batchpay/core', () => {
  it('finds the package sources', () => {
    expect(sources).toEqual(
      expect.arrayContaining([
        'index.ts',
        'money/money.ts',
        'signature/signature.ts',
        'redirect/planCashierRedirect.ts',
      ]),
    );
  });

  it.each(sources)('%s imports only valibot and its siblings, and uses no DOM or Node global', (name) => {
    const text = readFileSync(new URL(name, srcDir), 'utf8');
    expect(findImpurities(name, text)).toEqual([]);
  });

  it("holds Antom's contract only: the browser side lives in @batchpay/client, React text in @batchpay/react", () => {
    const browserGlue = [
      'checkoutReducer.ts',
      'cashierRedirectReducer.ts',
      'checkoutEffects.ts',
      'runCheckoutAttempt.ts',
      'pendingCheckoutStorage.ts',
      'callMerchantApi.ts',
      'checkoutApiSchemas.ts',
      'httpTransport.ts',
      'retryPolicy.ts',
      'providerErrors.ts',
      'environmentFromUserAgent.ts',
    ];
    expect(sources.filter((name) => browserGlue.includes(name.split('/').pop() ?? name))).toEqual([]);
  });

  it('the check catches what it must (so it cannot pass by accident)', () => {
    const bad = [
      "import React from 'react';",
      "import { readFileSync } from 'node:fs';",
      "import path from 'path';",
      "export * from '@tanstack/react-query';",
      "import type { X } from 'msw';",
      "const m = await import('./lazy');",
      'const w = window.location.href;',
      'document.title = "x";',
      'const env = process.env.NODE_ENV;',
      'const b = Buffer.from("x");',
      'await fetch("https://x.example");',
      'const g = globalThis.fetch;',
    ];
    for (const line of bad) expect(findImpurities('bad.ts', line), line).not.toEqual([]);
    const fine = [
      "import * as v from 'valibot';",
      "import { x } from './money/money.js';",
      '// fetch and window in a comment',
      'const s = "process the document";',
      'const o = { fetch: 1 }; o.fetch;',
      'const PAYMENT_IN_PROCESS = 1;',
    ];
    for (const line of fine) expect(findImpurities('fine.ts', line), line).toEqual([]);
  });
});
