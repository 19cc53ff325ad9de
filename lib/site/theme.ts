// The reader's colour-scheme choice: kept in localStorage under one declared key, applied
// before first paint so a chosen theme never flashes. Absent a choice, CSS follows the system.
export const themeStorageKey = 'theme';
export const themes = ['system', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

export const themeScript = `try{var t=localStorage.getItem('${themeStorageKey}');if(t==='light'||t==='dark')document.documentElement.classList.add(t)}catch(e){}`;
