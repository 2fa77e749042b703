import { beforeEach, describe, expect, it } from 'vitest';
import { readHandovers, rememberHandover } from '../../../../renderer/src/db/handoverMemory';
import { freshDatabase } from './freshDatabase';

beforeEach(() => {
  freshDatabase();
});

describe('the last handover to each colleague', () => {
  it('is remembered per colleague, the newest replacing the older', async () => {
    expect(await readHandovers()).toEqual({});
    await rememberHandover('李明', '2021-04-01T08:00:00.000Z');
    await rememberHandover('王芳', '2021-05-01T08:00:00.000Z');
    await rememberHandover('李明', '2021-06-01T08:00:00.000Z');
    expect(await readHandovers()).toEqual({
      李明: '2021-06-01T08:00:00.000Z',
      王芳: '2021-05-01T08:00:00.000Z',
    });
  });
});
