import { redosShard } from "./helpers/redos.js";
redosShard(1, 4);
