import { referenceDataAsOf } from '@privacyspec/schema';
import { version } from '../version.js';

export { version };

export function versionLine(): string {
  return `privacyspec ${version} (GDPR reference data as of ${referenceDataAsOf})`;
}
