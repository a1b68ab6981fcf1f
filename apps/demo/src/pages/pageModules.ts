import type { ComponentType } from 'react';
import { type LazyModule, lazyModule } from '../lazyModule';
import { notFoundPageFile, pageFiles } from './pageFiles';

const importers = import.meta.glob<Record<string, unknown>>('./*Page.tsx');

function pageModule(file: string): LazyModule<ComponentType> {
  const importer = importers[`./${file}.tsx`];
  if (!importer) throw new Error(`src/pages/${file}.tsx is missing (named in pageFiles.ts)`);
  return lazyModule<ComponentType>(importer, file);
}

const modules = new Map(Object.entries(pageFiles).map(([path, file]) => [path, pageModule(file)]));
const notFound = pageModule(notFoundPageFile);

/** The page of a path, in its own chunk. */
export function pageModuleFor(pathname: string): LazyModule<ComponentType> {
  return modules.get(pathname) ?? notFound;
}
