import { Checkbox, Typography } from 'antd';
import { CURRENCIES, currencyLabel } from '../../../domain/currencies';
import type { RateEntry } from '../../../domain/money';
import { rateDayText, rateKey } from '../../../domain/rates/rateRows';
import { settingChanges } from '../../../domain/settings';
import type { RulesChoice, RulesPlan } from '../../../domain/transfer/bundleRules';

interface Props {
  plan: RulesPlan;
  choice: RulesChoice;
  onChange: (choice: RulesChoice) => void;
  /** The days in force here, for a bundle or an install that keeps the default. */
  defaultStageLimitDays: number;
}

/** How many differing rules the preview names before it says how many more there are. */
const RULES_NAMED = 8;

/** The rules that differ, each 本机 → 交接包 (提案领衔积分 5 → 7). */
function ruleDifferences(plan: RulesPlan): string[] {
  if (!plan.pointsRules) return [];
  return settingChanges(
    { pointsRules: plan.pointsRules.local },
    { pointsRules: plan.pointsRules.incoming },
  ).map((change) => `${change.label} ${change.before ?? '—'} → ${change.after ?? '—'}`);
}

function rateText(entry: RateEntry): string {
  return `1 ${CURRENCIES[entry.currency].name} = ${entry.rate} 元`;
}

/**
 * The import preview's 规则与汇率: the rates the bundle adds (taken with the records), those that
 * differ from this install's, the 履职积分规则 and 阶段超期天数 when they differ — each kept here
 * unless the user ticks the bundle's. What this install never changed is ticked to start with.
 */
export function RulesPreview({ plan, choice, onChange, defaultStageLimitDays }: Props) {
  const days = (value: number | null) => `${value ?? defaultStageLimitDays} 天`;
  const rules = ruleDifferences(plan);
  return (
    <section aria-labelledby="import-rules" className="import-kind">
      <h4 id="import-rules" className="transfer-subtitle">
        规则与汇率
      </h4>
      <ul className="import-rules">
        <li>
          汇率：
          {plan.newRates.length > 0
            ? `交接包有 ${plan.newRates.length} 条本机没有的汇率（${plan.newRates
                .slice(0, 3)
                .map((entry) => `${currencyLabel(entry.currency)} ${rateDayText(entry.from)}起`)
                .join('、')}${plan.newRates.length > 3 ? ' 等' : ''}），随记录一并导入。`
            : plan.differingRates.length > 0
              ? '交接包没有本机缺少的汇率。'
              : '与本机相同。'}
          {plan.differingRates.length > 0 ? (
            <>
              <table className="import-rules-table" aria-label="与本机不同的汇率">
                <thead>
                  <tr>
                    <th scope="col">币种</th>
                    <th scope="col">起始日期</th>
                    <th scope="col">本机</th>
                    <th scope="col">交接包</th>
                  </tr>
                </thead>
                <tbody>
                  {plan.differingRates.map(({ local, incoming }) => (
                    <tr key={rateKey(incoming)}>
                      <td>{currencyLabel(incoming.currency)}</td>
                      <td>{rateDayText(incoming.from)}</td>
                      <td>{rateText(local)}</td>
                      <td>{rateText(incoming)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <Checkbox
                checked={choice.takeDifferingRates}
                onChange={(event) =>
                  onChange({ ...choice, takeDifferingRates: event.target.checked })
                }
              >
                以交接包的汇率为准（{plan.differingRates.length} 条）
              </Checkbox>
            </>
          ) : null}
        </li>
        <li>
          履职积分规则：
          {plan.pointsRules === null ? (
            '与本机相同。'
          ) : (
            <>
              与本机不同
              {plan.pointsRulesUnchanged ? '（本机用的是默认规则）' : '（本机的规则改过）'}：
              {rules.slice(0, RULES_NAMED).join('；')}
              {rules.length > RULES_NAMED ? ` 等 ${rules.length} 项` : ''}（本机 → 交接包）。
              <Checkbox
                checked={choice.takePointsRules}
                onChange={(event) => onChange({ ...choice, takePointsRules: event.target.checked })}
              >
                采用交接包的积分规则（全部委员的积分和等次随之重算）
              </Checkbox>
            </>
          )}
        </li>
        <li>
          阶段超期天数：
          {plan.stageLimitDays === null ? (
            '与本机相同。'
          ) : (
            <>
              交接包 {days(plan.stageLimitDays.incoming)}，本机 {days(plan.stageLimitDays.local)}。
              <Checkbox
                checked={choice.takeStageLimit}
                onChange={(event) => onChange({ ...choice, takeStageLimit: event.target.checked })}
              >
                采用交接包的天数
              </Checkbox>
            </>
          )}
        </li>
      </ul>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        已登记的捐赠保留登记时的汇率，不随汇率表改变。
      </Typography.Paragraph>
    </section>
  );
}
