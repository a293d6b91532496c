// The baseline for `npm run bench`: the smallest Ink app, bundled like the game.
import {render, Text} from 'ink';

render(<Text>hello from ink</Text>);
