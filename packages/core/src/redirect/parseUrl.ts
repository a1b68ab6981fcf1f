// core compiles against ES2022 only (no DOM, no Node typings); URL is a global of every runtime we support.
declare const URL: new (input: string) => ParsedUrl;

export interface ParsedUrl {
  readonly protocol: string;
  readonly username: string;
  readonly password: string;
  readonly hostname: string;
  readonly pathname: string;
  readonly search: string;
}

/** The WHATWG parse of an absolute URL, or null when it does not parse. */
export function parseUrl(raw: string): ParsedUrl | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}
