import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { AppInfo, Settings, SettingsPatch } from '../../../electron/contract';
import { bridge, bridgeErrorMessage } from '../bridge/bridge';
import { setOperator } from '../db/operatorContext';

interface HostState {
  info: AppInfo | null;
  settings: Settings | null;
  /** Set when the host could not be reached; shown in the status line. */
  error: string | null;
  /** Saves through the host and, once it has, logs the change in the 操作记录. */
  saveSettings(patch: SettingsPatch): Promise<Settings>;
}

const HostContext = createContext<HostState | null>(null);

/** Loads the host's info and settings once, and keeps settings current after each save. */
export function HostProvider({ children }: { children: ReactNode }) {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The settings last read or saved: a save's "before" when the host cannot be asked for it.
  const latest = useRef<Settings | null>(null);

  useEffect(() => {
    let alive = true;
    Promise.all([bridge().app.info(), bridge().settings.get()])
      .then(([nextInfo, nextSettings]) => {
        if (!alive) return;
        setInfo(nextInfo);
        latest.current = nextSettings;
        setSettings(nextSettings);
        setOperator(nextSettings.operatorName);
      })
      .catch((reason: unknown) => alive && setError(bridgeErrorMessage(reason)));
    return () => {
      alive = false;
    };
  }, []);

  const saveSettings = useCallback(async (patch: SettingsPatch) => {
    // What the host holds at this moment, not what this page last saw: the 操作记录's "before"
    // must be true even if the settings changed elsewhere (a restore, another window).
    const before = await bridge()
      .settings.get()
      .catch(() => latest.current);
    const next = await bridge().settings.set(patch);
    latest.current = next;
    setSettings(next);
    // A new 经办人 signs the entry of their own naming: whoever saves the name is the one at work.
    setOperator(next.operatorName);
    // Loaded when first saved: its wording of every setting (the points rules, the rates' schemas)
    // is not for the first screen, which the frame draws without zod or the record schemas.
    // The host has saved: a log that fails is said in the status line, and the save still stands
    // (a caller told it failed would keep offering work already saved).
    if (before) {
      try {
        const { logHostSettingsSaved } = await import('../db/settingsAudit');
        await logHostSettingsSaved(before, next, Object.keys(patch));
      } catch (logError) {
        setError(
          logError instanceof Error && logError.message.startsWith('设置已保存')
            ? logError.message
            : `设置已保存，但未能记入操作记录：${bridgeErrorMessage(logError)}`,
        );
      }
    }
    return next;
  }, []);

  const value = useMemo(
    () => ({ info, settings, error, saveSettings }),
    [info, settings, error, saveSettings],
  );
  return <HostContext.Provider value={value}>{children}</HostContext.Provider>;
}

export function useHost(): HostState {
  const state = useContext(HostContext);
  if (!state) throw new Error('useHost outside HostProvider');
  return state;
}
