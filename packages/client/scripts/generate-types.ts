// The API types: openapi-typescript over the hand-written spec (its multi-file $refs resolved by
// openapi-typescript's own Redocly loader).
import openapiTS, { astToString } from 'openapi-typescript';
import { pathToFileURL } from 'node:url';
import { specRootFile } from '@vbs/spec';
import { generatedHeader } from './generated-header.ts';

export async function generateTypes(): Promise<string> {
  const ast = await openapiTS(pathToFileURL(specRootFile));
  return `${generatedHeader('spec/openapi.yaml')}\n${astToString(ast)}`;
}
