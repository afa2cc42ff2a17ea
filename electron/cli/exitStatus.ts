/** Exit status when another program holds the desk (DESK_IN_USE) or kept it busy (DESK_BUSY). */
export const EXIT_DESK_IN_USE = 3;
