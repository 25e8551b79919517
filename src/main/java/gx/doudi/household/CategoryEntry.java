package gx.doudi.household;

/** Membership of a low-income category, for the household (personId null) or one member. */
public class CategoryEntry {
    public String category;
    public String personId;
    public long since;

    public CategoryEntry() {}
}
