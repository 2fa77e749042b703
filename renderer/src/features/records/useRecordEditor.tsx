import type { FormInstance } from 'antd';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import {
  applyChoices,
  conflictingFields,
  editableFields,
  FIELD_LABELS,
  isNothing,
  RECORD_KIND_LABELS,
  type FieldChoice,
  type FieldConflict,
  type RecordByKind,
  type RecordKind,
  type RecordSnapshot,
  sameFieldValue,
} from '../../domain/records';
import type { Draft } from '../../db/DutyLedgerDb';
import { discardDraft, loadDraft, saveDraft } from '../../db/repositories/draftRepository';
import { RecordValidationError, StaleRecordError } from '../../db/repositories/recordErrors';
import { createRecord, updateRecord } from '../../db/repositories/recordRepository';
import { askForOperator } from '../operator/operatorGate';
import { ConflictDialog } from './ConflictDialog';
import './recordForm.css';

interface Options<K extends RecordKind> {
  kind: K;
  /** The draft store's name for this form, e.g. `member`. */
  form: string;
  instance: FormInstance;
  /** null for 新增. */
  recordId: string | null;
  /**
   * The record as it stands now, kept live by the caller (a tombstone too): undefined while it
   * loads, null for 新增.
   */
  current: RecordByKind[K] | null | undefined;
  /** The draft's name in 草稿箱. */
  title: string;
  /** Defaults for a new record's input, under what the form holds. */
  defaults?: RecordSnapshot;
  /**
   * A draft left for this form wins over `defaults`; what of them it must not lose (photos
   * dropped on 新增活动) this adds to the draft's values, and the draft is kept so at once.
   */
  addToDraft?: (values: RecordSnapshot) => RecordSnapshot;
  /** Turns ids into names for the conflict dialog. */
  names?: (id: string) => string | undefined;
  /** The record was written (the form closes then): whether it was new, and its id. */
  onSaved: (created: boolean, id: string) => void;
  /**
   * Turns what the form holds into the record's input, where the two differ (a blank amount
   * becomes undefined — set, not deleted, so that the base's value does not show through).
   */
  toInput?: (values: RecordSnapshot) => RecordSnapshot;
}

/** How long after the last keystroke the draft is written: well inside the one-second promise. */
const SAVE_DELAY_MS = 300;

interface Opened {
  /** The editable fields of the revision the form works on; null for 新增 or an old draft. */
  base: RecordSnapshot | null;
  /** That revision; undefined for 新增 or a draft from before revisions were kept. */
  rev: number | undefined;
  /** The values the form was given: the record's, or the draft's. */
  shown: RecordSnapshot;
  /** What the form holds when nothing is typed: the record as opened, or a new one's defaults. */
  pristine: RecordSnapshot;
}

/** Whether the form holds anything its record (or an empty new one) does not. */
function differs(values: RecordSnapshot, pristine: RecordSnapshot): boolean {
  return Object.keys(values).some((key) => !sameFieldValue(values[key], pristine[key]));
}

interface Conflict {
  mode: 'save' | 'review';
  mine: RecordSnapshot;
  current: RecordSnapshot;
  fields: FieldConflict[];
}

/**
 * The edit cycle every record form shares. The form works on the revision it opened (its base):
 * what is typed is kept as a draft with that base within a second; saving sends the base `rev`,
 * and a record changed since opens a field-by-field choice instead of being overwritten. While
 * the form holds unsaved changes, a newer record never replaces what was typed: `moved` says so
 * and `review()` shows the differences. An untouched form simply follows the record.
 */
export function useRecordEditor<K extends RecordKind>(options: Options<K>) {
  const {
    kind,
    form,
    instance,
    recordId,
    current,
    title,
    defaults,
    addToDraft,
    names,
    onSaved,
    toInput,
  } = options;
  const addToDraftRef = useRef(addToDraft);
  /** What the form works on: null until the draft store was asked. */
  const [opened, setOpened] = useState<Opened | null>(null);
  const [dirty, setDirty] = useState(false);
  const [restored, setRestored] = useState(false);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  /** Something typed is not in the draft yet: the draft line says so until it is. */
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<RecordSnapshot | null>(null);
  /** Fields typed in before the draft store answered: the opening must not replace them. */
  const typedEarly = useRef(new Set<string>());
  /** The form, once it shows what it opened with, is to be kept as a draft. */
  const keepShown = useRef(false);
  const flushRef = useRef<() => Promise<void>>(() => Promise.resolve());
  const openedRef = useRef<Opened | null>(null);
  const currentRef = useRef(current);
  useEffect(() => {
    openedRef.current = opened;
    currentRef.current = current;
    addToDraftRef.current = addToDraft;
  });
  const base = opened?.base ?? null;
  const baseRev = opened?.rev;

  // A record that moves on under an untouched form is simply shown as it is now.
  if (opened && !dirty && current && current.rev !== opened.rev) {
    const record = current as unknown as RecordSnapshot;
    setOpened({ base: editableFields(record), rev: current.rev, shown: record, pristine: record });
  }

  // The form shows what it was opened or moved on with; never anything behind the user's back.
  useEffect(() => {
    if (!opened) return;
    const keys = Object.keys(FIELD_LABELS[kind]).filter((key) => !key.includes('.'));
    // Every field is set, so one the record no longer has is emptied too.
    instance.setFieldsValue(
      Object.fromEntries(keys.map((key) => [key, opened.shown[key]])) as never,
    );
    if (keepShown.current) {
      keepShown.current = false;
      pending.current = instance.getFieldsValue(true) as RecordSnapshot;
      setSaving(true);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flushRef.current(), SAVE_DELAY_MS);
    }
  }, [opened, instance, kind]);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const values = pending.current;
    if (!values) return;
    pending.current = null;
    const on = openedRef.current;
    // Typed and taken back: nothing to keep, and nothing to offer after a crash.
    if (on && !differs(values, on.pristine)) {
      await discardDraft(form, recordId);
      setSavedAt(null);
      setSaving(pending.current !== null);
      return;
    }
    await saveDraft({
      form,
      recordId,
      title,
      values,
      ...(on?.rev !== undefined ? { baseRev: on.rev } : {}),
      ...(on?.base ? { base: on.base } : {}),
    });
    setSavedAt(new Date());
    setSaving(pending.current !== null);
  }, [form, recordId, title]);

  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  const onValuesChange = useCallback(
    (changed: object, all: object) => {
      pending.current = all as RecordSnapshot;
      setSaving(true);
      const on = openedRef.current;
      if (!on) for (const key of Object.keys(changed)) typedEarly.current.add(key);
      setDirty(!on || differs(all as RecordSnapshot, on.pristine));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [flush],
  );

  // Opening: a draft left for this form comes back with the base it was typed on; otherwise the
  // form shows the record.
  const loaded = current !== undefined;
  useEffect(() => {
    if (!loaded) return;
    let alive = true;
    void loadDraft(form, recordId).then((draft) => {
      if (!alive) return;
      const record = currentRef.current as unknown as RecordSnapshot | null;
      // What was typed while the draft store was asked stays over what the form opens with.
      const held = instance.getFieldsValue(true) as RecordSnapshot;
      // A field typed in and emptied again holds nothing to keep.
      const typed = new Set([...typedEarly.current].filter((key) => !isNothing(held[key])));
      typedEarly.current = new Set();
      const keepTyped = (shown: RecordSnapshot): RecordSnapshot =>
        typed.size === 0
          ? shown
          : { ...shown, ...Object.fromEntries([...typed].map((key) => [key, held[key]])) };
      let next: Opened;
      if (draft) {
        const withAdded = addToDraftRef.current?.(draft.values) ?? draft.values;
        next = {
          base: draft.base ?? null,
          rev: draft.baseRev,
          shown: keepTyped(withAdded),
          pristine: draft.base ?? defaults ?? {},
        };
        setRestored(true);
      } else if (record) {
        next = {
          base: editableFields(record),
          rev: record.rev as number,
          shown: keepTyped(record),
          pristine: record,
        };
      } else {
        const empty = defaults ?? {};
        next = { base: null, rev: undefined, shown: keepTyped(empty), pristine: empty };
      }
      openedRef.current = next;
      setOpened(next);
      setDirty(!!draft || differs(next.shown, next.pristine));
      // A draft added to, or typing merged in, is kept as the form will show it.
      keepShown.current = next.shown !== (draft?.values ?? next.shown) || typed.size > 0;
    });
    return () => {
      alive = false;
    };
  }, [loaded, form, recordId, defaults, flush, instance]);

  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      void flush();
    };
  }, [flush]);

  const discard = useCallback(async () => {
    clearTimeout(timer.current);
    pending.current = null;
    await discardDraft(form, recordId);
    setSavedAt(null);
    setSaving(false);
    setRestored(false);
    setDirty(false);
  }, [form, recordId]);

  /** 放弃草稿: thrown away, and handed back as it was, last keystroke included, to be restored. */
  const discardKeepingCopy = useCallback(async (): Promise<Draft | undefined> => {
    await flush();
    const copy = await loadDraft(form, recordId);
    await discard();
    return copy;
  }, [flush, discard, form, recordId]);

  const mineOf = (values: RecordSnapshot): RecordSnapshot => ({
    ...(defaults ?? {}),
    ...(base ?? (current ? editableFields(current as unknown as RecordSnapshot) : {})),
    ...(toInput ? toInput(values) : values),
  });

  // Each refused field says why, and the first is brought into view (the drawer says the rest).
  const showErrors = (error: RecordValidationError) => {
    const fields = error.issues.map((issue) => ({
      name: issue.field.split('.') as never,
      errors: [issue.message],
    }));
    instance.setFields(fields);
    if (fields[0]) instance.scrollToField(fields[0].name, { block: 'center', focus: true });
  };

  /** Writes `input` against `rev`; a refusal because the record moved on opens the choice. */
  const write = async (input: RecordSnapshot, rev: number | undefined): Promise<boolean> => {
    let savedId = recordId;
    try {
      if (!recordId) savedId = (await createRecord(kind, input)).id;
      else await updateRecord(kind, recordId, input, rev ?? -1);
    } catch (error) {
      if (!(error instanceof StaleRecordError)) {
        if (error instanceof RecordValidationError) showErrors(error);
        throw error;
      }
      const fields = conflictingFields(kind, base, input, editableFields(error.current));
      const rev = error.current.rev as number;
      // Saved again elsewhere with the very values typed here: nothing to choose.
      if (fields.length === 0) return write(input, rev);
      setConflict({ mode: 'save', mine: input, current: error.current, fields });
      return false;
    }
    await discard();
    onSaved(!recordId, savedId ?? '');
    return true;
  };

  /**
   * 保存. Resolves false while the user chooses between two versions of the record, or when asked
   * for the 经办人 they chose 取消 (the form stays as typed).
   */
  const save = async (values: RecordSnapshot): Promise<boolean> =>
    (await askForOperator()) && write(mineOf(values), baseRev);

  /** 查看差异: the fields where what was typed and the record now differ. */
  const review = () => {
    if (!current) return;
    const now = current as unknown as RecordSnapshot;
    const mine = mineOf(instance.getFieldsValue(true) as RecordSnapshot);
    const fields = conflictingFields(kind, base, mine, editableFields(now));
    if (fields.length > 0) setConflict({ mode: 'review', mine, current: now, fields });
    else void adopt(mine, now);
  };

  /** The form goes on from `now`, holding `values`. */
  const adopt = async (values: RecordSnapshot, now: RecordSnapshot) => {
    const pristine = editableFields(now);
    const next = { base: pristine, rev: now.rev as number, shown: values, pristine };
    setOpened(next);
    openedRef.current = next;
    setDirty(differs(values, pristine));
    pending.current = values;
    await flush();
  };

  /** The user chose per field: save the result (or put it back into the form, when reviewing). */
  const resolve = async (choices: Record<string, FieldChoice>): Promise<boolean> => {
    if (!conflict) return false;
    const merged = applyChoices(conflict.mine, editableFields(conflict.current), choices);
    const rev = conflict.current.rev as number;
    setConflict(null);
    if (conflict.mode === 'save') return write(merged, rev);
    await adopt(merged, conflict.current);
    return false;
  };

  const moved =
    opened !== null &&
    dirty &&
    recordId !== null &&
    (!current || current.rev !== baseRev || !!current.deletedAt);

  const dialog: ReactNode = conflict ? (
    <ConflictDialog
      key={`${conflict.mode}-${String(conflict.current.rev)}`}
      mode={conflict.mode}
      kindLabel={RECORD_KIND_LABELS[kind]}
      conflicts={conflict.fields}
      names={names}
      onConfirm={(choices) => void resolve(choices)}
      onCancel={() => setConflict(null)}
    />
  ) : null;

  return {
    onValuesChange,
    saving,
    savedAt,
    restored,
    /** What is in the form has not been saved yet. */
    dirty,
    moved,
    deleted: !!current?.deletedAt,
    review,
    save,
    discard,
    discardKeepingCopy,
    dialog,
  };
}
