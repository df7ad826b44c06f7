import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LinkSentence } from '../../../src/api/contract';
import { WordDiff } from './WordDiff';

export function SentenceEditor({ sentence, onSave, onCancel, onRevert }: { sentence: LinkSentence; onSave: (text: string) => void; onCancel: () => void; onRevert: () => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(sentence.text);
  return (
    <div className="sentence-editor">
      <textarea
        aria-label={t('editor.editLabel')}
        autoFocus
        lang={sentence.lang ?? undefined}
        value={text}
        rows={Math.max(2, Math.ceil(text.length / 70))}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onCancel();
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) onSave(text);
          e.stopPropagation();
        }}
      />
      <WordDiff before={sentence.originalText} after={text} lang={sentence.lang} />
      <div className="editor-buttons">
        <button type="button" className="primary" onClick={() => onSave(text)}>
          {t('editor.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('editor.cancel')}
        </button>
        {sentence.edited && (
          <button type="button" onClick={onRevert}>
            {t('editor.revert')}
          </button>
        )}
        <span className="muted hint">{t('editor.saveHint')}</span>
      </div>
    </div>
  );
}
