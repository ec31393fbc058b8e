// `milepel roadmap --format json`: SPEC §8's roadmap object.
import { stringifySafeJson } from '../safe-text.js';
import { buildRoadmap, convertRoadmapToJson, type RoadmapSource } from './data.js';

export function formatRoadmapJson(source: RoadmapSource): string {
  return stringifySafeJson(convertRoadmapToJson(buildRoadmap(source)));
}
