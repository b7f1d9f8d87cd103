import { redosShard } from "./helpers/redos.js";
redosShard(2, 4);
