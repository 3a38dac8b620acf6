import { referenceDataAsOf } from '@privacyspec/schema';
import { version } from '../version.js';

export function versionLine(): string {
  return `privacyspec ${version} (GDPR reference data as of ${referenceDataAsOf})`;
}
