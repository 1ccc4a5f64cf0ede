import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { getIn, moved, type Path } from './draft';
import { EditorContext } from './fields';

/** Move up, move down and remove for item `index` of the list at `path`, named after the item. */
export function ListControls({
  path,
  index,
  itemName,
  min = 0,
}: {
  path: Path;
  index: number;
  itemName: string;
  min?: number;
}) {
  const { t } = useTranslation();
  const { draft, set } = useContext(EditorContext);
  const list = (getIn(draft, path) as unknown[] | undefined) ?? [];
  return (
    <div className="staff-list-controls">
      <button
        type="button"
        className="staff-small"
        aria-disabled={index === 0 || undefined}
        onClick={() => set(path, moved(list, index, -1))}
      >
        {t('staff.common.moveUp', { item: itemName })}
      </button>
      <button
        type="button"
        className="staff-small"
        aria-disabled={index === list.length - 1 || undefined}
        onClick={() => set(path, moved(list, index, 1))}
      >
        {t('staff.common.moveDown', { item: itemName })}
      </button>
      <button
        type="button"
        className="staff-small"
        aria-disabled={list.length <= min || undefined}
        onClick={() =>
          list.length > min &&
          set(
            path,
            list.filter((_, i) => i !== index),
          )
        }
      >
        {t('staff.common.removeItem', { item: itemName })}
      </button>
    </div>
  );
}

export function AddButton({ path, label, make }: { path: Path; label: string; make: () => unknown }) {
  const { draft, set } = useContext(EditorContext);
  const list = (getIn(draft, path) as unknown[] | undefined) ?? [];
  return (
    <button type="button" className="staff-secondary" onClick={() => set(path, [...list, make()])}>
      {label}
    </button>
  );
}
