import { z } from 'zod';
import { STUDIO_TYPES } from './enums';
import { recordBaseShape } from './recordBase';
import { idList, optionalDate, optionalText, requiredText, textList } from './schemaParts';

const studioShape = {
  name: requiredText(100),
  type: z.enum(STUDIO_TYPES),
  sector: optionalText(50),
  foundedDate: optionalDate,
  /** 负责委员 (usually one). */
  leaderIds: idList,
  /** 入驻委员. */
  memberIds: idList,
  /** 入驻政协云. */
  onCloud: z.boolean().default(false),
  /** 荣誉, e.g. 全国杰出委员工作室. */
  honors: textList(100),
  intro: optionalText(5000),
};

/** 委员工作室: what a form edits. Its 接待日 are activities of type 接待. */
export const studioInputSchema = z.object(studioShape);
/** 委员工作室 as stored. */
export const studioSchema = z.object({ ...studioShape, ...recordBaseShape });

export type StudioInput = z.output<typeof studioInputSchema>;
export type StudioDraft = z.input<typeof studioInputSchema>;
export type Studio = z.output<typeof studioSchema>;
