// Public surface of harness/scoring/: pure scoring functions and the pass@k estimator.

export { passAtK, meanPassAtK } from './pass-at-k.ts';
export { scoreSemantic, type SemanticScore } from './semantic.ts';
export {
  OFFICIAL_MAX_STEPS,
  describeFailure,
  officialResults,
  scoreOfficialCruxeval,
  scoreOfficialCruxevalSample,
  type OfficialGenerationScore,
  type OfficialSampleScore,
  type OfficialScoredResults,
} from './official-cruxeval.ts';
export { GenerationsFileError, readGenerationsFile } from './generations-file.ts';
export { scoreGenerations, type ScoreFileReport, type ScoreMode } from './score-file.ts';
