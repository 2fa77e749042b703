import type { FormInstance } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { discardDraft, loadDraft, saveDraft } from '../../db/repositories/draftRepository';

interface Options {
  form: string;
  recordId: string | null;
  title: string;
}

/** How long after the last keystroke the draft is written: well inside the one-second promise. */
const SAVE_DELAY_MS = 300;

/**
 * Every form's draft: what is typed is saved within a second, restored when the form opens again
 * (after a crash, too), and thrown away once the record is saved or the user discards it.
 */
export function useFormDraft<T extends object>(instance: FormInstance<T>, options: Options) {
  const { form, recordId, title } = options;
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [restored, setRestored] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef<T | null>(null);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const values = latest.current;
    if (!values) return;
    latest.current = null;
    await saveDraft({ form, recordId, title, values: values as Record<string, unknown> });
    setSavedAt(new Date());
  }, [form, recordId, title]);

  const onValuesChange = useCallback(
    (_changed: Partial<T>, all: T) => {
      latest.current = all;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [flush],
  );

  useEffect(() => {
    let alive = true;
    void loadDraft(form, recordId).then((draft) => {
      if (!alive || !draft) return;
      instance.setFieldsValue(draft.values as never);
      setRestored(true);
    });
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      alive = false;
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      void flush();
    };
  }, [form, recordId, instance, flush]);

  const discard = useCallback(async () => {
    clearTimeout(timer.current);
    latest.current = null;
    await discardDraft(form, recordId);
    setSavedAt(null);
    setRestored(false);
  }, [form, recordId]);

  return { onValuesChange, savedAt, restored, discard };
}
