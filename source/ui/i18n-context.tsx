import {createContext, useContext} from 'react';
import {type Messages, messages} from '../content/messages.js';
import type {Lang} from '../content/text.js';

export type I18n = {lang: Lang; m: Messages};

export const I18nContext = createContext<I18n>({lang: 'en', m: messages.en});

export function useI18n(): I18n {
	return useContext(I18nContext);
}

export function i18nFor(lang: Lang): I18n {
	return {lang, m: messages[lang]};
}
