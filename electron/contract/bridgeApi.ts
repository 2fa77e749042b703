import type { Channel } from './channels';
import type { ArgsOf, ResultOf } from './contract';

type DomainOf<C extends string> = C extends `${infer D}:${string}` ? D : never;
type ActionOf<C extends string, D extends string> = C extends `${D}:${infer A}` ? A : never;

type Verb<C extends Channel> =
  undefined extends ArgsOf<C>
    ? (args?: ArgsOf<C>) => Promise<ResultOf<C>>
    : (args: ArgsOf<C>) => Promise<ResultOf<C>>;

/** `window.dutyLedger`: one object per domain, one verb per channel. */
export type BridgeApi = {
  [D in DomainOf<Channel>]: {
    [A in ActionOf<Channel, D>]: Verb<Extract<Channel, `${D}:${A}`>>;
  };
};

/** The error the bridge throws in the renderer: the message is for people, in Chinese. */
export interface BridgeErrorShape {
  channel: string;
  message: string;
  field?: string;
}
