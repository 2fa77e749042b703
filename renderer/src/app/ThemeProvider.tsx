import { App as AntApp, ConfigProvider, type ThemeConfig } from 'antd';
import zhCN from 'antd/locale/zh_CN';
// antd's styles as one stylesheet, parsed by the browser: making them in script as each component
// first appears (its default) was most of a page's first opening on our two-core machines.
import 'antd/dist/antd.css';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { type ReactNode, useMemo } from 'react';
import { PALETTE, tagTextTokens } from './palette';
import { usePrefersReducedMotion } from './usePrefersReducedMotion';

dayjs.locale('zh-cn');

/** The outline of a field pointed at (hover) and being typed in (active): the links' blue. */
const FIELD_GLOW = 'rgba(9, 88, 217, 0.12)';
const FIELD_FOCUS = {
  hoverBorderColor: PALETTE.info,
  activeBorderColor: PALETTE.info,
  activeShadow: `0 0 0 2px ${FIELD_GLOW}`,
};

// Text colours are set here once, for every antd component on every screen (palette.ts says why).
const theme: ThemeConfig = {
  // The stylesheet above has the components; our tokens below still reach them as CSS variables.
  zeroRuntime: true,
  token: {
    colorPrimary: PALETTE.primary,
    colorPrimaryHover: PALETTE.primaryHover,
    colorPrimaryActive: PALETTE.primaryActive,
    colorTextTertiary: PALETTE.textTertiary,
    colorTextDescription: PALETTE.textTertiary,
    colorTextPlaceholder: PALETTE.textTertiary,
    colorError: PALETTE.error,
    colorErrorText: PALETTE.error,
    colorErrorHover: PALETTE.errorHover,
    colorErrorTextHover: PALETTE.errorHover,
    colorErrorActive: PALETTE.errorActive,
    colorErrorTextActive: PALETTE.errorActive,
    colorWarning: PALETTE.warning,
    colorWarningText: PALETTE.warning,
    colorInfo: PALETTE.info,
    colorLink: PALETTE.info,
    colorLinkHover: PALETTE.infoHover,
    colorLinkActive: PALETTE.infoActive,
    ...tagTextTokens(),
    fontFamily:
      '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", system-ui, sans-serif',
    borderRadius: 6,
  },
  components: {
    // An empty table writes its 没有… line in the disabled grey (1.8:1); it is text to read.
    Table: { colorTextDisabled: PALETTE.textTertiary },
    // A field pointed at or being typed in is outlined in blue, not in the committee's red: red
    // around a field says it was refused (the error red is close to it), and a new form's first
    // field, focused as it opens, read as an error before anything was typed.
    Input: FIELD_FOCUS,
    InputNumber: FIELD_FOCUS,
    DatePicker: FIELD_FOCUS,
    Select: { ...FIELD_FOCUS, activeOutlineColor: FIELD_GLOW },
  },
};

/**
 * antd's Chinese locale and our theme, around each part of the screen that uses antd. Those parts
 * load after the frame and the first page are drawn, so antd is never on the start-up path.
 */
export function ThemeProvider({ children }: { children: ReactNode }) {
  // Popups appear where they end up, at once, for those whom motion troubles (and for tests).
  const reduceMotion = usePrefersReducedMotion();
  const themed = useMemo<ThemeConfig>(
    () => (reduceMotion ? { ...theme, token: { ...theme.token, motion: false } } : theme),
    [reduceMotion],
  );
  return (
    <ConfigProvider
      locale={zhCN}
      theme={themed}
      wave={{ disabled: reduceMotion }}
      button={{ autoInsertSpace: false }}
    >
      {/* Messages below the header, not over the search box. */}
      <AntApp message={{ top: 60 }}>{children}</AntApp>
    </ConfigProvider>
  );
}
