export type * from './generated/declaration.js';
export {
  START_OF_FILE,
  type Diagnostic,
  type LoaderRuleId,
  type Range,
  type Severity,
} from './diagnostic.js';
export { DEFAULT_LIMITS, load, type LoadOptions, type LoadResult } from './load.js';
export { LineStarts, PositionMap, type LinePositions, type NodeOffsets } from './positions.js';
export {
  escapePointerToken,
  getAtPointer,
  joinPointer,
  parentPointer,
  parsePointer,
} from './pointer.js';
export { validateShape, type SchemaProblem } from './validate.js';
export { closestMatch, editDistance } from './suggest.js';
export { allText, textIn, textVersions } from './text.js';
export {
  compareDurations,
  DURATION_UNITS,
  durationExceedsYears,
  durationForPeople,
  durationInDays,
  parseDuration,
  type Duration,
  type DurationUnit,
} from './duration.js';
export { default as declarationSchema } from '../privacyspec.schema.json' with { type: 'json' };
export * from './reference/index.js';
export {
  CHANGE_KINDS,
  declarationRemoved,
  diff,
  type Change,
  type ChangeKind,
  type ChangeKindInfo,
  type ChangeRisk,
  type DiffOptions,
  type DiffResult,
} from './diff/index.js';
