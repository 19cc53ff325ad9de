// Bundled by the search benchmark to time the engine inside Chromium.
import { addShard, createEngine, missingShards, search } from '../../lib/search/engine';

Object.assign(globalThis, { searchBench: { addShard, createEngine, missingShards, search } });
