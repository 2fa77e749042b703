import { z } from 'zod';
import { DEFAULT_BACKUP_POLICY, MAX_KEEP_DAILY, MAX_KEEP_MONTHLY } from './backups';

/** Window geometry remembered between runs; written by the host only. */
export const windowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export const SETTINGS_VERSION = 1;

export const settingsSchema = z.object({
  settingsVersion: z.number().int(),
  /** 经办人: recorded on every change. */
  operatorName: z.string().max(40),
  /** 单位名称: printed on every document. */
  committeeName: z.string().max(80),
  windowState: windowStateSchema.nullable(),
  /**
   * 履职积分规则 as the renderer last saved them, or null for its defaults. The host keeps them
   * as an opaque JSON object: the renderer's points domain owns their shape and reads them.
   */
  pointsRules: z.record(z.string(), z.json()).nullable(),
  /** 备份文件夹 the user chose (a USB disk); null for `<dataDir>/backups`. Written by the host only. */
  backupFolder: z.string().min(1).max(4096).nullable(),
  /** Rotation: how many daily and monthly snapshots to keep. */
  backupKeepDaily: z.number().int().min(1).max(MAX_KEEP_DAILY),
  backupKeepMonthly: z.number().int().min(1).max(MAX_KEEP_MONTHLY),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  settingsVersion: SETTINGS_VERSION,
  operatorName: '',
  committeeName: '省政协港澳台侨和外事委员会',
  windowState: null,
  pointsRules: null,
  backupFolder: null,
  backupKeepDaily: DEFAULT_BACKUP_POLICY.keepDaily,
  backupKeepMonthly: DEFAULT_BACKUP_POLICY.keepMonthly,
};

/**
 * No control or format characters (a line break, a NUL, a right-to-left override): a 经办人 is
 * stamped on every entry of the 操作记录 and a 单位名称 heads every document.
 */
const NO_CONTROL_CHARACTERS = /^[^\p{Cc}\p{Cf}]*$/u;

/** What the renderer may change. The host owns the rest. */
export const settingsPatchSchema = z
  .object({
    operatorName: z
      .string({ error: '经办人应为文字' })
      .trim()
      .max(40, { error: '经办人不能超过 40 个字' })
      .regex(NO_CONTROL_CHARACTERS, { error: '经办人不能含换行、制表等控制字符' }),
    committeeName: z
      .string({ error: '单位名称应为文字' })
      .trim()
      .min(1, { error: '单位名称不能为空' })
      .max(80, { error: '单位名称不能超过 80 个字' })
      .regex(NO_CONTROL_CHARACTERS, { error: '单位名称不能含换行、制表等控制字符' }),
    pointsRules: z
      .record(z.string(), z.json(), { error: '履职积分规则应为对象' })
      .nullable()
      .refine((rules) => rules === null || JSON.stringify(rules).length <= 64_000, {
        error: '履职积分规则过大',
      }),
    backupKeepDaily: z
      .number({ error: '每日备份保留份数应为数字' })
      .int({ error: '每日备份保留份数应为整数' })
      .min(1, { error: '每日备份至少保留 1 份' })
      .max(MAX_KEEP_DAILY, { error: `每日备份最多保留 ${MAX_KEEP_DAILY} 份` }),
    backupKeepMonthly: z
      .number({ error: '每月备份保留份数应为数字' })
      .int({ error: '每月备份保留份数应为整数' })
      .min(1, { error: '每月备份至少保留 1 份' })
      .max(MAX_KEEP_MONTHLY, { error: `每月备份最多保留 ${MAX_KEEP_MONTHLY} 份` }),
  })
  .partial()
  .strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
