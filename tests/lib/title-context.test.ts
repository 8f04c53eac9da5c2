/** What a listed entry's title link says out of sight. */
import { expect, it } from 'vitest';
import { titleContext } from '../../src/lib/title-context.ts';

it('names the council and date in brackets after the title, leaving out what a list does not know', () => {
  expect(titleContext('Bradford', 'Began 27 July 2022')).toBe(' (Bradford, Began 27 July 2022)');
  expect(titleContext(undefined, '21 to 22 February 2017')).toBe(' (21 to 22 February 2017)');
});
