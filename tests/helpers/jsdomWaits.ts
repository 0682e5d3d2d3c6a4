import { configure } from '@testing-library/react';

// A screen of react-admin loads its views lazily and its data through promises: on a loaded 2-core CI machine that
// takes longer than Testing Library's default second. The same 15 s the browser tests wait.
configure({ asyncUtilTimeout: 15_000 });
