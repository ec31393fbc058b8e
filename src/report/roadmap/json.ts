// `milepel roadmap --format json`: SPEC §8's roadmap object, written in pieces (report/json-stream.ts).
import { safeJsonChunks } from '../json-stream.js';
import { buildRoadmap, convertRoadmapToJson, type RoadmapSource } from './data.js';

/** The roadmap's JSON text in pieces that join to JSON.stringify's 2-space text with a trailing newline. */
export function roadmapJsonChunks(source: RoadmapSource): Generator<string> {
  return safeJsonChunks(convertRoadmapToJson(buildRoadmap(source)));
}
