// Types of the vendored htm + Preact standalone module, as far as the client uses it.
export type VNode = { type: unknown; props: Record<string, unknown> };
export type Child = VNode | string | number | boolean | null | undefined | Child[];
export function html(strings: TemplateStringsArray, ...values: unknown[]): VNode;
export function render(node: VNode, parent: Element): void;
export function useState<T>(initial: T | (() => T)): [T, (next: T | ((previous: T) => T)) => void];
export function useEffect(effect: () => void | (() => void), deps?: unknown[]): void;
export function useRef<T>(initial: T): { current: T };
