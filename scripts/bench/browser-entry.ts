// Bundled by the search benchmark to time the engine inside Chromium.
import { loadEngine, search } from '../../lib/search/engine';

Object.assign(globalThis, { searchBench: { loadEngine, search } });
