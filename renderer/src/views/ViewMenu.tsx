// The right end of the action bar: filters, how rows are shown, and the side panels (search, keys, notes).
import { useTranslation } from 'react-i18next';
import { Menu } from '../components/Menu';
import type { Keymap } from '../editor/keymap';
import { keyLabel, type EditorAction } from '../editor/shortcuts';
import { FilterMenu } from '../grid/FilterMenu';
import type { RowFilter } from '../grid/rowFilter';
import type { ViewSettings } from './useViewSettings';

export interface ViewMenuProps {
  filter: RowFilter;
  onFilter: (filter: RowFilter) => void;
  settings: ViewSettings;
  onSettings: (patch: Partial<ViewSettings>) => void;
  keymap: Keymap;
  onRun: (action: EditorAction) => void;
  /** Exchanges original and translation of the open document. */
  onSwapSides: () => void;
}

export function ViewMenu({ filter, onFilter, settings, onSettings, keymap, onRun, onSwapSides }: ViewMenuProps) {
  const { t } = useTranslation();
  const check = (name: 'showFurniture' | 'showDiff' | 'compact', label: string) => (
    <label className="menu-check">
      <input type="checkbox" checked={settings[name]} onChange={(e) => onSettings({ [name]: e.target.checked })} data-setting={name} />
      {label}
    </label>
  );
  const tool = (action: 'search' | 'help') => {
    const key = keymap[action][0];
    return (
      <button type="button" data-action={action} title={key ? `${t(`action.${action}`)} (${keyLabel(key)})` : t(`action.${action}`)} onClick={() => onRun(action)}>
        {t(`actionShort.${action}`)}
      </button>
    );
  };
  return (
    <>
      <FilterMenu filter={filter} onChange={onFilter} />
      <Menu label={t('menu.view')} className="action-menu">
        {check('compact', t('document.compact'))}
        {check('showFurniture', t('document.showBoilerplate'))}
        {check('showDiff', t('document.showDiff'))}
        <button type="button" data-testid="swap-sides" title={t('document.swapSidesHint')} onClick={onSwapSides}>
          {t('document.swapSides')}
        </button>
      </Menu>
      <span className="spacer" />
      <div className="action-group">
        {tool('search')}
        {tool('help')}
        <button
          type="button"
          aria-pressed={settings.sidePanel}
          title={t(settings.sidePanel ? 'panel.hideSide' : 'panel.showSide')}
          data-testid="toggle-side"
          onClick={() => onSettings({ sidePanel: !settings.sidePanel })}
        >
          {t('panel.side')}
        </button>
      </div>
    </>
  );
}
