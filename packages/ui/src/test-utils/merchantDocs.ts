/** `code` without the indentation its source file gave every line after the first. */
function dedent(code: string): string {
  const [first = '', ...rest] = code.trim().split('\n');
  const indents = rest.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length);
  const cut = indents.length > 0 ? Math.min(...indents) : 0;
  return [first, ...rest.map((l) => l.slice(Math.min(cut, l.length - l.trimStart().length)))].join('\n');
}

/**
 * The Docs page of a component: what it is for, then the code a merchant writes (a fenced block under the
 * description; the live example and the props table follow). `docs`: more of `parameters.docs`.
 */
export function merchantDocs(purpose: string, code: string, docs: Record<string, unknown> = {}) {
  return {
    docs: {
      ...docs,
      description: { component: `${purpose}\n\n**The code you write**\n\n\`\`\`tsx\n${dedent(code)}\n\`\`\`` },
    },
  };
}
