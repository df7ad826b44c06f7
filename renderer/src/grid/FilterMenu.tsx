// The grid's filters, in a menu of check boxes: review state, link shape, confidence band, QA findings.
import { useTranslation } from 'react-i18next';
import { Menu } from '../components/Menu';
import { FILTER_BANDS, FILTER_SHAPES, FILTER_STATES, NO_FILTER, filterActive, toggleIn, type RowFilter } from './rowFilter';

export function FilterMenu({ filter, onChange }: { filter: RowFilter; onChange: (filter: RowFilter) => void }) {
  const { t } = useTranslation();
  const box = (checked: boolean, label: string, toggle: () => void, name: string) => (
    <label className="menu-check" key={name}>
      <input type="checkbox" checked={checked} onChange={toggle} data-filter={name} />
      {label}
    </label>
  );
  const active = filterActive(filter);
  return (
    <Menu label={active ? t('filter.menuActive') : t('filter.menu')} className={`action-menu${active ? ' active' : ''}`}>
      <fieldset>
        <legend>{t('filter.state')}</legend>
        {FILTER_STATES.map((s) => box(filter.states.includes(s), t(`state.${s}`), () => onChange({ ...filter, states: toggleIn(filter.states, s) }), s))}
      </fieldset>
      <fieldset>
        <legend>{t('filter.shape')}</legend>
        {FILTER_SHAPES.map((s) => box(filter.shapes.includes(s), t(`filter.shapes.${s}`), () => onChange({ ...filter, shapes: toggleIn(filter.shapes, s) }), s))}
      </fieldset>
      <fieldset>
        <legend>{t('filter.confidence')}</legend>
        {FILTER_BANDS.map((b) => box(filter.bands.includes(b), t(`filter.bands.${b}`), () => onChange({ ...filter, bands: toggleIn(filter.bands, b) }), b))}
      </fieldset>
      {box(filter.withFindings, t('filter.withFindings'), () => onChange({ ...filter, withFindings: !filter.withFindings }), 'findings')}
      <button type="button" onClick={() => onChange(NO_FILTER)} disabled={!active}>
        {t('filter.clear')}
      </button>
    </Menu>
  );
}
