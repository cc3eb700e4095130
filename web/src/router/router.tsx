import {
  type AnchorHTMLAttributes,
  createContext,
  type MouseEvent,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { Messages } from '../i18n/sv.ts';

// A few routes on the History API are all this app needs; no router library in the bundle.

export type Flash = keyof Messages['flash'];

export interface NavigateOptions {
  replace?: boolean;
  flash?: Flash;
}

export interface Router {
  path: string;
  search: URLSearchParams;
  /** How many in-app navigations have happened; 0 on the first page load. */
  navigations: number;
  /** A message for the page navigated to ("saved"), gone after the next navigation. */
  flash: Flash | undefined;
  navigate: (to: string, options?: NavigateOptions) => void;
}

const RouterContext = createContext<Router | undefined>(undefined);

const current = () => ({ path: window.location.pathname, search: window.location.search });

export function RouterProvider({ children }: { children: ReactNode }) {
  const [location, setLocation] = useState(current);
  const [navigations, setNavigations] = useState(0);
  const [flash, setFlash] = useState<Flash | undefined>();

  const locationRef = useRef(location);
  locationRef.current = location;

  useEffect(() => {
    const onPopState = () => {
      const next = current();
      // The skip link only changes the fragment; that is not a new page.
      const previous = locationRef.current;
      if (previous.path === next.path && previous.search === next.search) return;
      setLocation(next);
      setNavigations((count) => count + 1);
      setFlash(undefined);
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const navigate = useCallback((to: string, options: NavigateOptions = {}) => {
    if (options.replace) window.history.replaceState(null, '', to);
    else window.history.pushState(null, '', to);
    setLocation(current());
    setNavigations((count) => count + 1);
    setFlash(options.flash);
    window.scrollTo(0, 0);
  }, []);

  const value = useMemo<Router>(
    () => ({
      path: location.path,
      search: new URLSearchParams(location.search),
      navigations,
      flash,
      navigate,
    }),
    [location, navigations, flash, navigate],
  );
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

export function useRouter(): Router {
  const router = useContext(RouterContext);
  if (!router) throw new Error('useRouter needs a RouterProvider');
  return router;
}

/** Matches `/company/placements/:id` against a path; the named parts, or undefined. */
export function matchPath(pattern: string, path: string): Record<string, string> | undefined {
  const wanted = pattern.split('/').filter(Boolean);
  const actual = path.split('/').filter(Boolean);
  if (wanted.length !== actual.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, part] of wanted.entries()) {
    const value = actual[index] ?? '';
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(value);
    else if (part !== value) return undefined;
  }
  return params;
}

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { to: string };

/** An ordinary link that navigates without reloading the page. */
export function Link({ to, onClick, ...rest }: LinkProps) {
  const { navigate } = useRouter();
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    const modified = event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
    if (event.defaultPrevented || modified || event.button !== 0) return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={handleClick} {...rest} />;
}

/** Navigates as soon as it renders, replacing the current history entry. */
export function Redirect({ to }: { to: string }) {
  const { navigate } = useRouter();
  useEffect(() => navigate(to, { replace: true }), [navigate, to]);
  return null;
}
