// Sums a V8 CPU profile (from `node --cpu-prof`) by package and by function, self time, as shares of the profile:
//   node --cpu-prof --cpu-prof-dir=.prof scripts/bench-server.mjs
//   node scripts/cpu-profile-summary.mjs .prof/*.cpuprofile [--under <functionName>]
// With --under, only the samples whose stack holds that function, split by the frames below it.
import { readFileSync } from 'node:fs';

const [file, flag, target] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/cpu-profile-summary.mjs <file.cpuprofile> [--under <functionName>]');
  process.exit(1);
}
const profile = JSON.parse(readFileSync(file, 'utf8'));
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parents = new Map();
for (const n of profile.nodes) for (const child of n.children ?? []) parents.set(child, n.id);

const frameName = (n) =>
  `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber}`;
function packageOf(url) {
  if (!url) return '(native, GC, idle)';
  const pnpm = url.match(/node_modules\/\.pnpm\/((?:@[^+/]+\+)?[^@/]+)/);
  if (pnpm) return pnpm[1].replace('+', '/');
  if (url.includes('internal/deps/undici')) return 'node: undici (fetch)';
  if (url.startsWith('node:')) return `node: ${url.slice(5).split('/')[0]}`;
  const workspace = url.match(/\/(packages|apps)\/([^/]+)\//);
  if (workspace) return `${workspace[1]}/${workspace[2]}`;
  return url.split('/').slice(-1)[0];
}
const stackOf = (id) => {
  const stack = [];
  for (let at = id; at !== undefined; at = parents.get(at)) stack.push(nodes.get(at));
  return stack;
};

const byPackage = new Map();
const byFunction = new Map();
let total = 0;
let selected = 0;
for (let i = 0; i < profile.samples.length; i++) {
  const delta = profile.timeDeltas[i] ?? 0;
  total += delta;
  const stack = stackOf(profile.samples[i]);
  const leaf = stack[0];
  if (flag === '--under' && !stack.some((n) => n.callFrame.functionName === target)) continue;
  selected += delta;
  byPackage.set(packageOf(leaf.callFrame.url), (byPackage.get(packageOf(leaf.callFrame.url)) ?? 0) + delta);
  byFunction.set(frameName(leaf), (byFunction.get(frameName(leaf)) ?? 0) + delta);
}
const top = (map, n, of) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, t]) => `${((100 * t) / of).toFixed(1).padStart(5)} %  ${name}`)
    .join('\n');
console.log(`${(total / 1e6).toFixed(1)} s profiled`);
if (flag === '--under')
  console.log(`${((100 * selected) / total).toFixed(1)} % under ${target}; shares below are of that`);
console.log('\nself time by package');
console.log(top(byPackage, 15, selected));
console.log('\nself time by function');
console.log(top(byFunction, 30, selected));
