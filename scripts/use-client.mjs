// Puts the 'use client' directive at the top of built client files, for bundlers that drop a banner (rollup's
// tree-shaking removes module-level directives). Each file's source map is shifted down one line to match.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const DIRECTIVE = "'use client';";

/** Prepends 'use client' to each file (idempotent) and shifts its `.map` by the added line. */
export function prependUseClient(files) {
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    if (code.startsWith(DIRECTIVE) || code.startsWith('"use client"')) continue;
    writeFileSync(file, `${DIRECTIVE}\n${code}`);
    const mapFile = `${file}.map`;
    if (existsSync(mapFile)) {
      const map = JSON.parse(readFileSync(mapFile, 'utf8'));
      map.mappings = `;${map.mappings}`;
      writeFileSync(mapFile, JSON.stringify(map));
    }
  }
}
