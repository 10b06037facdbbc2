import type { ChannelName, InputOf, OutputOf } from './contract';
import type { Result } from './result';

/** `window.api`: area → verb → call. Built the same way by the preload and by the browser test host. */
type AreaOf<C> = C extends `${infer A}.${string}` ? A : never;
type VerbOf<C, A extends string> = C extends `${A}.${infer V}` ? V : never;

export type Api = {
  [A in AreaOf<ChannelName>]: {
    [C in ChannelName as VerbOf<C, A>]: (input: InputOf<C>) => Promise<Result<OutputOf<C>>>;
  };
};

export type Invoke = (channel: string, input: unknown) => Promise<unknown>;

/** Builds the nested api object from the channel names and one transport function. */
export function buildApi(names: readonly string[], invoke: Invoke): Api {
  const api: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
  for (const name of names) {
    const [area, verb] = name.split('.') as [string, string];
    api[area] ??= {};
    api[area][verb] = (input: unknown) => invoke(name, input ?? {});
  }
  return api as unknown as Api;
}

/**
 * The function of one channel on an api built by `buildApi`, typed by the channel name. The one
 * place that knows how a name maps onto the nested object; undefined when the api lacks it.
 */
export function kanaalVan<C extends ChannelName>(
  api: Api,
  kanaal: C,
): ((input: InputOf<C>) => Promise<Result<OutputOf<C>>>) | undefined {
  const [gebied, werkwoord] = kanaal.split('.') as [string, string];
  const functies = (api as unknown as Record<string, Record<string, unknown> | undefined>)[gebied];
  return functies?.[werkwoord] as ((input: InputOf<C>) => Promise<Result<OutputOf<C>>>) | undefined;
}
