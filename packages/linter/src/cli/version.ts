import { referenceDataAsOf } from '@privacyspec/schema';
import packageJson from '../../package.json' with { type: 'json' };

export const version: string = packageJson.version;

export function versionLine(): string {
  return `privacyspec ${version} (GDPR reference data as of ${referenceDataAsOf})`;
}
