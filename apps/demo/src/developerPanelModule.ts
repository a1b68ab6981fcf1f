import type { ComponentType } from 'react';
import { lazyModule } from './lazyModule';
import { developerPanelFile } from './pages/pageFiles';

/** The developer panel, in its own chunk: no part of the shop's pages. */
export const developerPanelModule = lazyModule<ComponentType>(() => import('./DeveloperPanel'), developerPanelFile);
