package org.migportal.geography.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.migportal.platform.entity.PortalEntity;

/** A group of countries a regional manager oversees, e.g. East Africa. */
@Entity
@NamedQuery(name = Region.FIND_ALL, query = "SELECT r FROM Region r ORDER BY r.name")
public class Region extends PortalEntity {

    public static final String FIND_ALL = "Region.findAll";
    public static final int CODE_LENGTH = 10;
    public static final int NAME_LENGTH = 100;

    @NotBlank
    @Size(max = CODE_LENGTH)
    @Pattern(regexp = "[A-Z0-9_]+")
    private String code;

    @NotBlank
    @Size(max = NAME_LENGTH)
    private String name;

    protected Region() {
    }

    public Region(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
