// One counter for "the project changed": views that show project data reload when it moves.
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

const ChangesContext = createContext<{ version: number; bump: () => void }>({ version: 0, bump: () => undefined });

export function ChangesProvider({ children }: { children: ReactNode }) {
  const [version, setVersion] = useState(0);
  const bump = useCallback(() => setVersion((v) => v + 1), []);
  return <ChangesContext.Provider value={{ version, bump }}>{children}</ChangesContext.Provider>;
}

export function useChanges() {
  return useContext(ChangesContext);
}
