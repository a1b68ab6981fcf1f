/**
 * The Docs page of a component: what it is for, then the code a merchant writes (shown as the page's first block
 * and as the source of its live example).
 */
export function merchantDocs(purpose: string, code: string) {
  return {
    docs: {
      description: { component: `${purpose}\n\n**The code you write**\n\n\`\`\`tsx\n${code.trim()}\n\`\`\`` },
    },
  };
}
